/**
 * Personal addresses: proposing one sends a validation link to it; it counts for resets and notices
 * only once that link is confirmed. Shared by Mon compte and account activation.
 */
package fr.ent.sesame.address;
