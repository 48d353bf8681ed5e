/** The small shared kernel: time, randomness and the client address, each from one place. */
package fr.ent.sesame.kernel;
