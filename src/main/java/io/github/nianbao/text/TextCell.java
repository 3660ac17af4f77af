package io.github.nianbao.text;

import io.github.nianbao.model.Location;

/**
 * One cell of report text: its text (whitespace-trimmed, never containing tabs or newlines) and where it came
 * from in the source document.
 */
public record TextCell(String text, Location location) {

    public TextCell {
        text = text == null ? "" : text;
        location = location == null ? Location.UNKNOWN : location;
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
