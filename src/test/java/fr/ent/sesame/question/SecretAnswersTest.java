package fr.ent.sesame.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.AccountKind;
import fr.ent.sesame.directory.AccountState;
import fr.ent.sesame.directory.DirectoryEntry;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.settings.Settings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The answers a classmate, a leaked list or a guesser would find first are refused; real answers are kept. */
class SecretAnswersTest {

    private final Account jdupont = new Account(
            new DirectoryEntry(
                    new Identifier("jdupont"),
                    "Dupont",
                    "Jeanne",
                    LocalDate.of(2004, 3, 12),
                    "21904512",
                    "0A1B2C3D4E5",
                    "P1234",
                    AccountKind.REGULAR,
                    AccountState.ACTIVE,
                    null,
                    null),
            Instant.EPOCH);
    private final SecretAnswers.Known known = new SecretAnswers.Known(
            "Tilleul-Ecorce-42",
            List.of(new EmailAddress("jeanne.dupont@example.org"), new EmailAddress("jd.nouvelle@example.net")));

    private SecretAnswers answers;

    @BeforeEach
    void rules() {
        answers = new SecretAnswers();
        answers.settings = new Settings() {
            @Override
            public List<String> questionIds() {
                return List.of("childhood-street", "first-pet");
            }

            @Override
            public int answerMinLength() {
                return 3;
            }
        };
        answers.readTrivialAnswers();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tilleul-Ecorce-42 | IS_PASSWORD",
                "jeanne.dupont@example.org | PERSONAL_FACT",
                "JD.Nouvelle@example.net | PERSONAL_FACT",
                "jeanne.dupont | PERSONAL_FACT",
                "12/03/2004 | PERSONAL_FACT",
                "12-03-2004 | PERSONAL_FACT",
                "2004-03-12 | PERSONAL_FACT",
                "12.03.04 | PERSONAL_FACT",
                "12032004 | PERSONAL_FACT",
                "2004 | PERSONAL_FACT",
                "21904512 | PERSONAL_FACT",
                "0a1b2c3d4e5 | PERSONAL_FACT",
                "p1234 | PERSONAL_FACT",
                "Jeanne | PERSONAL_FACT",
                "DUPONT | PERSONAL_FACT",
                "Jeanne Dupont | PERSONAL_FACT",
                "dupont jeanne | PERSONAL_FACT",
                "JDupont | IS_IDENTIFIER",
                "123 | GUESSABLE",
                "abc | GUESSABLE",
                "4321 | GUESSABLE",
                "zzzz | GUESSABLE",
                "Je ne sais pas | GUESSABLE",
                "Oui ! | GUESSABLE",
                "azerty | GUESSABLE",
                "Réponse | GUESSABLE"
            })
    void giveawayAnswers_areRefused_withTheirReason(String answer, AnswerRejected.Reason reason) {
        AnswerRejected rejected = assertThrows(
                AnswerRejected.class, () -> answers.accepted("childhood-street", answer, answer, jdupont, known));
        assertEquals(reason, rejected.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rue du Vieux-Marché-aux-Vins", "Paris", "Médor", "Rue Jeanne-d'Arc", "1999 rue des Lilas"})
    void realAnswers_areKept_exactlyAsTyped(String answer) {
        assertEquals(answer, answers.accepted("childhood-street", answer, answer, jdupont, known));
    }

    @Test
    void theConfirmation_mustMatch() {
        AnswerRejected rejected = assertThrows(
                AnswerRejected.class, () -> answers.accepted("first-pet", "Médor", "Medor", jdupont, known));
        assertEquals(AnswerRejected.Reason.DIFFERS, rejected.reason());
    }
}
