/**
 * Which language a customer writes in (English, Hindi in Devanagari, or Hindi in Roman letters,
 * "Hinglish"), decided offline from the text alone, and the means for Hindi text to meet English
 * content: Devanagari spelt in Roman letters, and Zet Pay's Hinglish words glossed in English.
 * Pure functions over text, no state and no model to download.
 */
@NullMarked
package app.zetpay.support.language;

import org.jspecify.annotations.NullMarked;
