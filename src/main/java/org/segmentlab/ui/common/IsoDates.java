package org.segmentlab.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * One date format in the whole workbench, the one of the files, the report and the command line:
 * ISO {@code yyyy-MM-dd}, whatever the machine's locale would show ("12/30/2024" or "30.12.2024").
 */
public final class IsoDates {

    /** What a date field says it wants. */
    public static final String PROMPT = "yyyy-MM-dd";

    private IsoDates() {
    }

    /** Shows and reads the picker's date as {@code yyyy-MM-dd}; text that is not a date leaves the date as it was. */
    public static DatePicker apply(DatePicker picker) {
        picker.setConverter(converter(picker));
        if (picker.getPromptText() == null || picker.getPromptText().isEmpty()) {
            picker.setPromptText(PROMPT);
        }
        // wide enough for the ten characters and the calendar button
        picker.setMinWidth(Math.max(picker.getMinWidth(), 150));
        picker.setPrefWidth(Math.max(picker.getPrefWidth(), 150));
        return picker;
    }

    /** The ISO text of a date, empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Reads {@code yyyy-MM-dd}; text that is not such a date gives back the picker's date as it was. */
    static StringConverter<LocalDate> converter(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        };
    }
}
