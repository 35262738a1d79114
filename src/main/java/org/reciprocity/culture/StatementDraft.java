package org.reciprocity.culture;

import java.util.Locale;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/** The vision in one language as the editor wrote it, normalised; empty where it is not translated yet. */
public record StatementDraft(Locale language,
                             @PlainText(max = PublishVision.STATEMENT_MAX, multiline = true,
                                     message = "{vision.statement.length}") String text) {

    public StatementDraft {
        text = Text.lines(text);
    }
}
