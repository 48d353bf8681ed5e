package fr.ent.sesame.memberimport;

/**
 * In ldap mode the university's own provisioning feeds the directory, which is where Sésame reads people:
 * a file imported here would be a second, diverging truth. The job stops before reading anything.
 */
public class ImportNotInLdapMode extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportNotInLdapMode() {
        super("The import is for database mode (sesame.directory=database). With sesame.directory=ldap, people"
                + " come from the university's directory: feed it with the university's own provisioning.");
    }
}
