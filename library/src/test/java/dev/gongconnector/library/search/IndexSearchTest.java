package dev.gongconnector.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.library.LibraryCall;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.LibraryParty;
import dev.gongconnector.library.LibrarySentence;
import dev.gongconnector.library.index.LibraryIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index and search over hand-made calls: ranking, phrases, filters, highlighting, upsert. */
class IndexSearchTest {

  @TempDir Path dir;

  static LibraryCall call(
      String id,
      String title,
      String day,
      String workspace,
      String host,
      List<LibrarySentence> sentences) {
    return new LibraryCall(
        id,
        "https://app.gong.io/call?id=" + id,
        title,
        Instant.parse(day + "T10:00:00Z"),
        600,
        workspace,
        host,
        "Conference",
        "External",
        "A call about " + title.toLowerCase(),
        List.of("Pricing"),
        List.of("Next steps agreed"),
        List.of("Competitors: Acme"),
        List.of(),
        List.of("Globex Corporation"),
        List.of("Globex Corporation - New Business"),
        List.of(
            new LibraryParty("Ann Seller", "ann@us.com", "Internal", "s1", host),
            new LibraryParty("Bob Buyer", "bob@them.com", "External", "s2", null)),
        sentences,
        true,
        "{\"metaData\":{\"id\":\"" + id + "\"}}");
  }

  static LibrarySentence ann(long ms, String text) {
    return new LibrarySentence("s1", "Ann Seller", "Internal", ms, ms + 2000, text);
  }

  static LibrarySentence bob(long ms, String text) {
    return new LibrarySentence("s2", "Bob Buyer", "External", ms, ms + 2000, text);
  }

  @BeforeEach
  void index() {
    try (LibraryIndex index = LibraryIndex.open(dir)) {
      index.upsert(
          call(
              "1",
              "Discovery with Initech",
              "2026-01-05",
              "w1",
              "u1",
              List.of(
                  ann(1000, "Thanks for joining today."),
                  bob(5000, "We need a security review before we sign anything."),
                  ann(9000, "Our security team can walk you through the review."))));
      index.upsert(
          call(
              "2",
              "Pricing negotiation",
              "2026-02-10",
              "w1",
              "u2",
              List.of(
                  bob(1000, "The review of security is done, now pricing."),
                  ann(4000, "Great, let us talk about the discount."))));
      index.upsert(
          call(
              "3",
              "Security review follow-up",
              "2026-03-15",
              "w2",
              "u1",
              List.of(
                  bob(2000, "The security review passed."),
                  ann(3000, "Wonderful news about the security review."))));
      index.commit(Map.of("k", "v"));
    }
  }

  SearchResult search(SearchRequest.Builder b) {
    try (LibrarySearcher s = LibrarySearcher.open(dir)) {
      return s.search(b.build());
    }
  }

  @Test
  void phraseRanksCallsThatSayItAndHighlightsThePhrase() {
    SearchResult r = search(SearchRequest.builder("\"security review\""));
    assertThat(r.hits()).extracting(SearchHit::callId).containsExactly("3", "1");
    SearchHit best = r.hits().get(0);
    assertThat(best.titleHighlighted()).isEqualTo("**Security review** follow-up");
    assertThat(best.sentences())
        .extracting(SentenceHit::highlighted)
        .containsExactly(
            "The **security review** passed.", "Wonderful news about the **security review**.");
    assertThat(r.hits().get(1).sentences())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.speakerName()).isEqualTo("Bob Buyer");
              assertThat(s.affiliation()).isEqualTo("External");
              assertThat(s.startMs()).isEqualTo(5000);
            });
  }

  @Test
  void filtersByDateWorkspaceHostAndSpeaker() {
    assertThat(
            search(
                    SearchRequest.builder("security")
                        .from(Instant.parse("2026-02-01T00:00:00Z"))
                        .to(Instant.parse("2026-03-15T10:00:00Z")))
                .hits())
        .extracting(SearchHit::callId)
        .containsExactly("2");
    assertThat(search(SearchRequest.builder("security").workspaceId("w2")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("3");
    assertThat(search(SearchRequest.builder("security").primaryUserId("u1")).hits())
        .extracting(SearchHit::callId)
        .containsExactlyInAnyOrder("1", "3");
    SearchResult internal = search(SearchRequest.builder("review").affiliation("internal"));
    assertThat(internal.hits()).extracting(SearchHit::callId).containsExactlyInAnyOrder("1", "3");
    assertThat(internal.hits())
        .flatExtracting(SearchHit::sentences)
        .extracting(SentenceHit::speakerName)
        .containsOnly("Ann Seller");
    assertThat(search(SearchRequest.builder("discount").speaker("bob")).hits()).isEmpty();
    assertThat(search(SearchRequest.builder("discount").speaker("ann seller")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("2");
  }

  @Test
  void allOrAnyWordsAndStemming() {
    assertThat(search(SearchRequest.builder("discount passed")).hits()).isEmpty();
    assertThat(
            search(SearchRequest.builder("discount passed").match(SearchRequest.Match.ANY)).hits())
        .extracting(SearchHit::callId)
        .containsExactlyInAnyOrder("2", "3");
    assertThat(search(SearchRequest.builder("discounts")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("2");
    assertThat(search(SearchRequest.builder("security -discount")).hits())
        .extracting(SearchHit::callId)
        .containsExactlyInAnyOrder("1", "3");
  }

  @Test
  void pagesWithOffsetAndFiltersSeveralHosts() {
    assertThat(search(SearchRequest.builder("").offset(1).limit(1)).hits())
        .extracting(SearchHit::callId)
        .containsExactly("2");
    assertThat(search(SearchRequest.builder("").primaryUserId("u2").primaryUserId("nobody")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("2");
    assertThat(search(SearchRequest.builder("").primaryUserIds(List.of("u1", "u2"))).totalCalls())
        .isEqualTo(3);
    assertThat(search(SearchRequest.builder("security").sentencesPerCall(0)).hits())
        .allSatisfy(h -> assertThat(h.sentences()).isEmpty());
  }

  @Test
  void blankQueryListsNewestFirst() {
    assertThat(search(SearchRequest.builder("")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("3", "2", "1");
  }

  @Test
  void upsertReplacesTheWholeCall() {
    try (LibraryIndex index = LibraryIndex.open(dir)) {
      assertThat(index.commitData()).containsEntry("k", "v");
      index.upsert(
          call("3", "Renewal", "2026-03-15", "w2", "u1", List.of(bob(1, "Nothing to see."))));
      index.commit(Map.of("k", "v2"));
      assertThat(index.callCount()).isEqualTo(3);
    }
    assertThat(search(SearchRequest.builder("\"security review\"")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("1");
    assertThat(search(SearchRequest.builder("nothing")).hits())
        .singleElement()
        .satisfies(h -> assertThat(h.matchingSentences()).isEqualTo(1));
  }

  @Test
  void uncommittedChangesAreDroppedOnClose() {
    try (LibraryIndex index = LibraryIndex.open(dir)) {
      index.upsert(call("4", "Ghost call", "2026-03-16", "w2", "u1", List.of()));
    }
    assertThat(search(SearchRequest.builder("ghost")).hits()).isEmpty();
  }

  @Test
  void fieldQueriesSearchTheNamedFieldAndSayWhichFieldMatched() {
    assertThat(search(SearchRequest.builder("title:pricing")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("2");
    assertThat(search(SearchRequest.builder("brief:negotiation")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("2");
    assertThat(search(SearchRequest.builder("topics:pricing")).hits()).hasSize(3);
    assertThat(search(SearchRequest.builder("keyPoints:agreed")).hits()).hasSize(3);
    assertThat(search(SearchRequest.builder("title:[a TO e]")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("1");
    assertThat(search(SearchRequest.builder("transcript:discount")).hits())
        .extracting(SearchHit::callId)
        .containsExactly("2");
    SearchHit byAccount = search(SearchRequest.builder("globex")).hits().get(0);
    assertThat(byAccount.matchedFields()).containsExactly("account", "opportunity");
    SearchHit said = search(SearchRequest.builder("discount")).hits().get(0);
    assertThat(said.matchedFields()).containsExactly("transcript");
    assertThat(search(SearchRequest.builder("account:\"Globex Corporation\"")).hits()).hasSize(3);
  }

  @Test
  void anUnknownFieldIsAClearErrorNamingTheSupportedOnes() {
    for (String q : new String[] {"nosuch:pricing", "Title:[a TO z] AND foo:bar", "id:1"}) {
      assertThatThrownBy(() -> search(SearchRequest.builder(q)))
          .as(q)
          .isInstanceOf(LibraryException.class)
          .hasMessageStartingWith("query: cannot understand")
          .hasMessageContaining("a query may name these fields: title, brief, topics");
    }
  }

  @Test
  void badQueryAndMissingStoreAreClearErrors() {
    assertThatThrownBy(() -> search(SearchRequest.builder("\"unclosed")))
        .isInstanceOf(LibraryException.class)
        .hasMessageStartingWith("query: cannot understand");
    assertThatThrownBy(() -> LibrarySearcher.open(dir.resolve("nope")))
        .isInstanceOf(LibraryException.class)
        .hasMessageContaining("run `gong sync` first");
    assertThatThrownBy(() -> SearchRequest.builder("x").affiliation("partner").build())
        .hasMessageStartingWith("affiliation:");
  }
}
