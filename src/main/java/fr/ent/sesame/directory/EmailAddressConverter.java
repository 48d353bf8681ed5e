package fr.ent.sesame.directory;

import fr.ent.sesame.kernel.EmailAddress;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Addresses are stored as their canonical text; see {@link IdentifierConverter} for a row that breaks the rule. */
@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

    @Override
    public String convertToDatabaseColumn(EmailAddress address) {
        return address == null ? null : address.value();
    }

    @Override
    public EmailAddress convertToEntityAttribute(String stored) {
        return EmailAddress.orNull(stored);
    }
}
