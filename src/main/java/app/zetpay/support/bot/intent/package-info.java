/**
 * Intent recognition trained in this JVM: sentence embeddings plus word and character features,
 * fed to a softmax classifier that is trained, serialised and restored without any service.
 */
@NullMarked
package app.zetpay.support.bot.intent;

import org.jspecify.annotations.NullMarked;
