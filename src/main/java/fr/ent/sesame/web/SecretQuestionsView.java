package fr.ent.sesame.web;

import fr.ent.sesame.question.AnswerRejected;
import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The site's list of secret questions, in the person's language, for every form that offers them. */
@Named("secretQuestions")
@RequestScoped
public class SecretQuestionsView {

    @Inject
    Settings settings;

    public List<SelectItem> getAll() {
        return settings.questionIds().stream()
                .map(id -> new SelectItem(id, Messages.text("question." + id)))
                .toList();
    }

    /**
     * Shows why a secret answer was refused, on the field at fault. Every form that records an answer names
     * its fields alike: {@code questionId}, {@code answer}, {@code answerConfirmation}.
     */
    public static void answerRejected(AnswerRejected rejected) {
        String field = switch (rejected.reason()) {
            case UNKNOWN_QUESTION -> "questionId";
            case DIFFERS -> "answerConfirmation";
            default -> "answer";
        };
        Messages.fieldError(field, "account.answer." + rejected.reason().name());
    }
}
