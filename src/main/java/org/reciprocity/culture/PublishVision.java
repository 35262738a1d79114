package org.reciprocity.culture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Publishes a new version of the vision and values. {@code basedOnVersion} is the version the editor started
 * from (0 when none was published): if someone published meanwhile, the service refuses rather than overwrite.
 */
public record PublishVision(
        int basedOnVersion,
        @NotBlank(message = "{vision.statement.required}") @Size(max = 4000, message = "{vision.statement.length}") String statement,
        @NotEmpty(message = "{vision.values.required}") @Size(max = MAX_VALUES, message = "{vision.values.tooMany}") List<@Valid ValueDraft> values) {

    public static final int MAX_VALUES = 12;
}
