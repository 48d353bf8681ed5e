/**
 * Assistance › Réinitialiser son mot de passe, the two procedures of the university's help page:
 * {@link fr.ent.sesame.reset.ResetByQuestion} (question de sécurité) and
 * {@link fr.ent.sesame.reset.ResetByEmail} (adresse électronique personnelle). Neither tells whether an
 * identifier exists: unknown identifiers go through the same steps, work and messages.
 */
package fr.ent.sesame.reset;
