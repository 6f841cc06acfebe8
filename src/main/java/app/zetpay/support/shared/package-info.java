/**
 * The small kernel every module may use: the clock, problem types for errors, and the web plumbing
 * that turns every failure into RFC 9457 problem+json. Not a dumping ground: a type belongs here
 * only when two or more modules need it and it carries no feature's logic.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.zetpay.support.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
