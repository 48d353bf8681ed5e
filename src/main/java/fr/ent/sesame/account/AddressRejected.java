package fr.ent.sesame.account;

import jakarta.ejb.ApplicationException;

/** The typed personal address is not one plain local@domain address. */
@ApplicationException(rollback = true)
public class AddressRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AddressRejected() {
        super("Not a plain personal address");
    }
}
