package dev.workshops.portal.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionFormTest {

    @Test
    void authorsKeepTheirOrderBlankRowsAreDroppedAndOneRowPresents() {
        SubmissionForm form = SubmissionForm.typed("Title", "Abstract", "ml", "short", "reasoning, ethics;  benchmarks ",
                List.of("Ada", "", "Grace"), List.of("ada@example.org", "", "grace@example.org"), List.of("TU Wien", "", ""), "2");
        Map<String, Object> body = form.body();
        assertEquals(List.of("reasoning", "ethics", "benchmarks"), body.get("keywords"));
        assertEquals(List.of(
                Map.of("name", "Ada", "email", "ada@example.org", "affiliation", "TU Wien", "presenter", false),
                Map.of("name", "Grace", "email", "grace@example.org", "presenter", true)), body.get("authors"));
    }

    @Test
    void theSignedInPersonIsTheFirstAuthorAndPresenterOfANewPaper() {
        SubmissionForm form = SubmissionForm.first("Ada Lovelace", "ada@example.org");
        assertEquals(new SubmissionForm.AuthorRow("Ada Lovelace", "ada@example.org", ""), form.authors().getFirst());
        assertEquals(true, form.presents(0));
        assertEquals(3, form.authors().size(), "the first author and two empty rows");
    }

    @Test
    void aRefusedFormKeepsThePresenterOnTheSamePersonWhenEmptyRowsGo() {
        SubmissionForm form = SubmissionForm.typed("T", "A", "ml", "short", "", List.of("", "Ada", "Grace"),
                List.of("", "ada@example.org", "grace@example.org"), List.of("", "", ""), "2").withSpareRows();
        assertEquals("Grace", form.authors().get(1).name());
        assertEquals(true, form.presents(1));
        assertEquals(4, form.authors().size());
    }
}
