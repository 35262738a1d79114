package org.reciprocity.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one way a feature reacts to another feature's event: after the publisher's transaction has committed, in a
 * transaction of its own, on the publisher's thread.
 * <p>
 * Why synchronous rather than {@code @ApplicationModuleListener} (which is the same, but asynchronous): what a
 * listener makes is what the person who acted looks at next — the case HR opens right after the reporter got the
 * receipt, the board entry right after HR published the praise. The publisher's work is already committed, so a
 * failing listener never undoes it: the event publication registry keeps the event and publishes it again on
 * restart. A listener calls a trusted, package-private entry point of its own module; it never takes on a role.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener
@Transactional(propagation = Propagation.REQUIRES_NEW)
public @interface FeatureEventListener {
}
