package fr.ent.sesame.directory;

import fr.ent.sesame.kernel.Identifier;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Identifiers are stored as their canonical text. A row that breaks the rule (written by hand in the
 * database) fails to load loudly rather than giving the application an identifier nobody checked.
 */
@Converter(autoApply = true)
public class IdentifierConverter implements AttributeConverter<Identifier, String> {

    @Override
    public String convertToDatabaseColumn(Identifier identifier) {
        return identifier == null ? null : identifier.value();
    }

    @Override
    public Identifier convertToEntityAttribute(String stored) {
        return stored == null ? null : new Identifier(stored);
    }
}
