package fr.ent.sesame.question;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What makes a secret question and its answer acceptable. The answer is kept in its NFKC, trimmed form
 * ({@link Secrets#answerForm}), which is the form procedure 1 compares, so it must be typed the same way later.
 * An answer must not be something a classmate, a leaked list or the person's other secrets give away: the
 * identifier, names, birth date in any common spelling, student or staff number, INE, personal addresses,
 * the password typed in the same form, or an answer anyone would try first.
 */
@ApplicationScoped
public class SecretAnswers {

    /** What else the person has typed or owns that an answer must not repeat. */
    public record Known(String password, Collection<EmailAddress> addresses) {

        public Known {
            addresses = addresses.stream().filter(Objects::nonNull).toList();
        }
    }

    private static final List<DateTimeFormatter> DATE_SPELLINGS = Stream.of(
                    "ddMMyyyy", "dMyyyy", "ddMMyy", "yyyyMMdd", "MMddyyyy", "yyyyddMM", "ddMM")
            .map(DateTimeFormatter::ofPattern)
            .toList();

    private Set<String> trivial;

    @Inject
    Settings settings;

    @PostConstruct
    void readTrivialAnswers() {
        Set<String> answers = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                SecretAnswers.class.getResourceAsStream("/question/trivial-answers.txt"), StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(SecretAnswers::bare)
                    .forEach(answers::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trivial = Set.copyOf(answers);
    }

    /** The answer as it will be hashed, once the question is one of the list and the answer is usable for this account. */
    public String accepted(String questionId, String answer, String confirmation, Account account, Known known) {
        if (questionId == null || !settings.questionIds().contains(questionId)) {
            throw new AnswerRejected(AnswerRejected.Reason.UNKNOWN_QUESTION);
        }
        String normalised = Secrets.answerForm(answer);
        int length = normalised.codePointCount(0, normalised.length());
        if (normalised.isEmpty()) {
            throw new AnswerRejected(AnswerRejected.Reason.EMPTY);
        }
        if (length < settings.answerMinLength()) {
            throw new AnswerRejected(AnswerRejected.Reason.TOO_SHORT);
        }
        if (length > Secrets.LONGEST_ANSWER) {
            throw new AnswerRejected(AnswerRejected.Reason.TOO_LONG);
        }
        String bare = bare(normalised);
        if (bare.equals(bare(account.identifier().value()))) {
            throw new AnswerRejected(AnswerRejected.Reason.IS_IDENTIFIER);
        }
        if (known.password() != null
                && normalised.equals(Secrets.nfkc(known.password()).strip())) {
            throw new AnswerRejected(AnswerRejected.Reason.IS_PASSWORD);
        }
        if (personalFacts(account, known).contains(bare)) {
            throw new AnswerRejected(AnswerRejected.Reason.PERSONAL_FACT);
        }
        if (isTrivial(bare)) {
            throw new AnswerRejected(AnswerRejected.Reason.GUESSABLE);
        }
        if (!normalised.equals(Secrets.answerForm(confirmation))) {
            throw new AnswerRejected(AnswerRejected.Reason.DIFFERS);
        }
        return normalised;
    }

    boolean isTrivial(String bare) {
        return bare.isEmpty()
                || trivial.contains(bare)
                || bare.chars().distinct().count() == 1
                || isRun(bare);
    }

    /** What a classmate or a leaked list knows of the person, in the bare form answers are compared in. */
    private static Set<String> personalFacts(Account account, Known known) {
        Set<String> facts = new HashSet<>();
        Stream.of(
                        account.firstName(),
                        account.lastName(),
                        account.studentNumber(),
                        account.staffNumber(),
                        account.ine())
                .filter(Objects::nonNull)
                .map(SecretAnswers::bare)
                .forEach(facts::add);
        if (account.firstName() != null && account.lastName() != null) {
            facts.add(bare(account.firstName() + account.lastName()));
            facts.add(bare(account.lastName() + account.firstName()));
        }
        for (EmailAddress address : known.addresses()) {
            facts.add(bare(address.value()));
            facts.add(bare(address.localPart()));
        }
        LocalDate birthDate = account.birthDate();
        if (birthDate != null) {
            DATE_SPELLINGS.forEach(spelling -> facts.add(birthDate.format(spelling)));
            facts.add(String.valueOf(birthDate.getYear()));
        }
        facts.remove("");
        return facts;
    }

    /** abc, 123, 4321, cba: a run of consecutive letters or digits. */
    private static boolean isRun(String bare) {
        if (bare.length() < 3) {
            return false;
        }
        int step = bare.charAt(1) - bare.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < bare.length(); i++) {
            if (bare.charAt(i) - bare.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, no accents, letters and digits only: « 12/03/1999 » and « 12031999 » compare equal. */
    static String bare(String text) {
        return Secrets.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
