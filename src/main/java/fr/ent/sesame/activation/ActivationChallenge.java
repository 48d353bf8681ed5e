package fr.ent.sesame.activation;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the first step of a mailed-code activation leaves in the browser session: the account the details
 * proved (null when they proved none: the page cannot tell, and no code will ever match), the SHA-256 of the
 * code mailed, until when it can be typed and how many tries were used. Never the code itself.
 */
public record ActivationChallenge(Long accountId, String codeHash, Instant expiresAt, int triesUsed)
        implements Serializable {

    ActivationChallenge oneMoreTry() {
        return new ActivationChallenge(accountId, codeHash, expiresAt, triesUsed + 1);
    }
}
