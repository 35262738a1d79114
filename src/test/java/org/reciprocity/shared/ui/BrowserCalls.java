package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the server asked the browser to do in a browserless test, where no browser runs it: the focus moved, a text
 * announced to screen readers, a form's draft read from the tab. Each look takes the calls queued so far.
 */
public final class BrowserCalls {

    private final List<PendingJavaScriptInvocation> calls;

    private BrowserCalls(List<PendingJavaScriptInvocation> calls) {
        this.calls = calls;
    }

    /** The calls queued for the browser since the last look, as the response to the browser would carry them. */
    public static BrowserCalls sinceLastLook() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse(); // where a component's calls join the queue
        return new BrowserCalls(internals.dumpPendingJavaScriptInvocations());
    }

    /** The components whose focus was asked for, in the order asked. */
    public List<Object> focused() {
        return calls.stream().filter(c -> c.getInvocation().getExpression().contains(Focus.SCRIPT))
                .map(c -> (Object) c.getOwner()).toList();
    }

    public boolean focusedOn(Component component) {
        return focused().contains(component.getElement().getNode());
    }

    /** What the page said to screen readers last, if anything. */
    public Optional<String> announced() {
        return calls.stream().filter(c -> c.getInvocation().getExpression().contains(Announcer.REGION_ID))
                .map(c -> String.valueOf(c.getInvocation().getParameters().getFirst())).reduce((a, b) -> b);
    }

    /** Whether the tab was told to forget a draft (once the form was sent). */
    public boolean forgotDraft() {
        return calls.stream().anyMatch(c -> c.getInvocation().getExpression().contains("sessionStorage.removeItem")
                && String.valueOf(c.getInvocation().getParameters().getFirst()).startsWith(FormDraft.PREFIX));
    }

    /** Answers the form's question for its draft as a browser tab holding {@code saved} would. */
    public void answerDraft(Component form, Map<String, String> saved) {
        var read = calls.stream().filter(c -> c.getOwner() == form.getElement().getNode()
                        && c.getInvocation().getExpression().contains("__reciprocityDraft"))
                .findFirst().orElseThrow(() -> new AssertionError("the form did not read its draft"));
        read.complete(JsonMapper.shared().valueToTree(saved));
    }
}
