package org.reciprocity.culture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/**
 * Publishes a new version of the vision and values. {@code basedOnVersion} is the version the editor started
 * from (0 when none was published): if someone published meanwhile, the service refuses rather than overwrite.
 */
public record PublishVision(
        int basedOnVersion,
        @PlainText(max = STATEMENT_MAX, multiline = true, required = "{vision.statement.required}",
                message = "{vision.statement.length}") String statement,
        @NotEmpty(message = "{vision.values.required}") @Size(max = MAX_VALUES, message = "{vision.values.tooMany}") List<@Valid ValueDraft> values) {

    public static final int MAX_VALUES = 12;
    public static final int STATEMENT_MAX = 4000;

    public PublishVision {
        statement = Text.lines(statement);
    }
}
