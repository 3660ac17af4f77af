package io.github.nianbao.bench;

/**
 * A document left out of the measurement.
 *
 * @param name    the file name
 * @param stage   where it failed: {@code sniff}, {@code full} (nianbao's parse) or {@code bare} (the library's
 *                text extraction)
 * @param message a short description of the failure
 */
public record BenchFailure(String name, String stage, String message) {
}
