package io.github.nianbao.internal;

import java.math.BigDecimal;

/** A minimal streaming JSON writer (no dependency). Internal: not part of the API. */
public final class JsonWriter {

    private final StringBuilder sb;
    private final boolean pretty;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    public JsonWriter(StringBuilder sb, boolean pretty) {
        this.sb = sb;
        this.pretty = pretty;
    }

    public JsonWriter beginObject() {
        value();
        sb.append('{');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endObject() {
        depth--;
        if (!first) {
            newline();
        }
        sb.append('}');
        first = false;
        return this;
    }

    public JsonWriter beginArray() {
        value();
        sb.append('[');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endArray() {
        depth--;
        if (!first) {
            newline();
        }
        sb.append(']');
        first = false;
        return this;
    }

    public JsonWriter name(String name) {
        if (!first) {
            sb.append(',');
        }
        newline();
        string(name);
        sb.append(pretty ? ": " : ":");
        afterName = true;
        first = false;
        return this;
    }

    public JsonWriter value(String s) {
        value();
        if (s == null) {
            sb.append("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonWriter value(BigDecimal n) {
        value();
        sb.append(n == null ? "null" : n.toPlainString());
        return this;
    }

    public JsonWriter value(Number n) {
        value();
        sb.append(n == null ? "null" : n.toString());
        return this;
    }

    public JsonWriter value(boolean b) {
        value();
        sb.append(b);
        return this;
    }

    private void value() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (!first) {
                sb.append(',');
            }
            newline();
        }
        first = false;
    }

    private void newline() {
        if (pretty) {
            sb.append('\n');
            for (int i = 0; i < depth; i++) {
                sb.append("  ");
            }
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
