package fr.ent.sesame.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.settings.InvalidSetting;
import fr.ent.sesame.settings.SignInMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SingleSignOnTest {

    @Test
    void theProvidersWords_stayOnOneShortLine_inTheAuditTrail() {
        // error_description comes from the answer's query: whoever wrote the link chose it.
        String forged = SingleSignOn.oneLine("access_denied\ntype=SIGN_IN outcome=SUCCESS actor=person:admin\r");
        assertFalse(forged.contains("\n") || forged.contains("\r"), forged);
        assertEquals(201, SingleSignOn.oneLine("x".repeat(5000)).length(), "200 characters and an ellipsis");
        assertEquals("", SingleSignOn.oneLine(null));
    }

    @Test
    void theSignInMode_isFormOrOidc_andNothingElse() {
        assertEquals(SignInMode.FORM, SignInMode.of(" Form "));
        assertEquals(SignInMode.OIDC, SignInMode.of("oidc"));
        Executable cas = () -> SignInMode.of("cas");
        InvalidSetting refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidSetting.class, cas);
        assertTrue(refused.getMessage().contains("sesame.sign-in"), refused.getMessage());
    }
}
