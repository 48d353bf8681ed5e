package fr.ent.sesame.address;

import jakarta.ejb.ApplicationException;

/** The typed personal address is not one plain local@domain address. */
@ApplicationException(rollback = true)
public class AddressRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AddressRejected() {
        super("Not a plain personal address");
    }

    /** The address in the form it is stored and compared, or this exception. */
    public static String unlessAcceptable(String typedAddress) {
        return fr.ent.sesame.directory.EmailAddress.canonical(typedAddress).orElseThrow(AddressRejected::new);
    }
}
