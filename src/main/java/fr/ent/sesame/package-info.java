/**
 * Sésame, the self-service password application of the ENT. One package per feature of the
 * university's help page ({@code account}: Mon compte; {@code reset}: Réinitialiser son mot de passe;
 * {@code recovery}: Qui suis-je; {@code activation}: activer son compte) over a few shared packages
 * ({@code directory}, {@code password}, {@code security}, {@code audit}, {@code settings},
 * {@code database}, {@code web}, {@code kernel}). Features never import each other.
 */
package fr.ent.sesame;
