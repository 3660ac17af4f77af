package io.github.nianbao.bench;

import java.util.Objects;

/**
 * One document to measure, already in memory so that disk reads are outside both timings.
 *
 * @param name  the file name (kept as the report's source and used in failure lists)
 * @param bytes the whole file
 */
public record BenchInput(String name, byte[] bytes) {

    public BenchInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
