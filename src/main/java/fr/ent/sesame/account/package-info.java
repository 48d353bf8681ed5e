/** Mon dossier › Mon compte: what a signed-in person sees of their account and changes in it. */
package fr.ent.sesame.account;
