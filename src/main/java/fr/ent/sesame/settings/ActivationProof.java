package fr.ent.sesame.settings;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a new member must show at activation besides a number and a birth date, which classmates and leaked
 * lists know ({@code sesame.activation.proof}).
 */
public enum ActivationProof {

    /**
     * A one-time code mailed to the enrolment address the university has for them, or the key printed on
     * their enrolment papers: the next step takes either.
     */
    MAILED_CODE("mailed-code"),

    /** The key printed on the enrolment papers, typed with the number and birth date. */
    PRINTED_KEY("printed-key"),

    /** Nothing more: whoever knows the number and birth date chooses the first password. A stated risk. */
    BIRTH_DATE_ONLY("birth-date-only");

    private final String value;

    ActivationProof(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static ActivationProof of(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.value.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidSetting(
                        "sesame.activation.proof", value, "mailed-code, printed-key or birth-date-only"));
    }
}
