/** Assistance › Qui suis-je: finding one's forgotten identifier from what the university knows. */
package fr.ent.sesame.recovery;
