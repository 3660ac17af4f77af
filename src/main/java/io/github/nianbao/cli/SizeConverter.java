package io.github.nianbao.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A byte count with an optional k / M / G suffix (powers of 1024): {@code 500k}, {@code 32M}, {@code 1G}. */
final class SizeConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (v.endsWith("b")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.endsWith("k")) {
            factor = 1L << 10;
        } else if (v.endsWith("m")) {
            factor = 1L << 20;
        } else if (v.endsWith("g")) {
            factor = 1L << 30;
        }
        if (factor > 1) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v);
            if (n <= 0) {
                throw new TypeConversionException("a size must be positive: " + value);
            }
            return Math.multiplyExact(n, factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TypeConversionException("not a size (such as 1000000, 500k, 32M): " + value);
        }
    }
}
