/** The small shared kernel: time, randomness, secrets' text forms and the short write
 * transaction, each from one place. */
package fr.ent.sesame.kernel;
