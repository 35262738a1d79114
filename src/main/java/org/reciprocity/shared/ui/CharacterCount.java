package org.reciprocity.shared.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.IntFunction;
import org.reciprocity.shared.Text;

/**
 * A text's live length in its helper text ("… Now: 37."), counted as the service counts it: the characters a reader
 * sees once the text is tidied ({@link Text#lines}, {@link Text#visibleLength}). It follows the typing after each
 * short pause, not on every key, so a screen reader is not interrupted; it is read with the field.
 */
public final class CharacterCount {

    private CharacterCount() {
    }

    /** @param helper the helper text for a count, such as {@code n -> getTranslation("….help", n)} */
    public static void show(TextArea area, IntFunction<String> helper) {
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setHelperText(helper.apply(count(area.getValue())));
        area.addValueChangeListener(e -> area.setHelperText(helper.apply(count(e.getValue()))));
    }

    static int count(String typed) {
        return Text.visibleLength(Text.lines(typed));
    }
}
