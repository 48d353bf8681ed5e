package fr.ent.sesame.address;

import fr.ent.sesame.kernel.EmailAddress;
import jakarta.ejb.ApplicationException;

/** The typed personal address is not one plain local@domain address. */
@ApplicationException(rollback = true)
public class AddressRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AddressRejected() {
        super("Not a plain personal address");
    }

    /** The address in the form it is stored and compared, or this exception. */
    public static EmailAddress unlessAcceptable(String typedAddress) {
        return EmailAddress.parse(typedAddress).orElseThrow(AddressRejected::new);
    }
}
