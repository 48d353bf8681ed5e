/**
 * The support desk's area, /support/, for the roles support and support-readonly (given by IT: docs/administering.md,
 * "Support desk"). Today it shows the settings in effect on the node that answers, read-only, so support
 * and IT can see what a person meets without reading standalone.xml; finding and helping a person come next.
 */
package fr.ent.sesame.support;
