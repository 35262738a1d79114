package org.reciprocity.review.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** A part of the case page that asks for changes: where a refusal is shown, and what it forgets once done. */
interface CasePart {

    /** The inputs a refusal of this part's request may name (the service's parameter or field names). */
    Map<String, HasValidation> fields();

    /** This part's request succeeded: forget what was typed for it. */
    void done();
}
