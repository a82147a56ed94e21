package dev.gongconnector.library.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.search.LibrarySearcher;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged store is found when it is opened (checksums) and reported in words, not as Lucene's.
 */
class StoreDamageTest {

  @TempDir Path store;

  private void writeStore() throws IOException {
    try (FSDirectory dir = FSDirectory.open(store);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < 200; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "call-" + i, Field.Store.YES));
        doc.add(
            new TextField("text", "we talked about pricing and the renewal " + i, Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  /** The biggest file of the store (the segment's data), with one byte in its middle flipped. */
  private void flipAByteInTheBiggestFile() throws IOException {
    Path biggest;
    try (Stream<Path> files = Files.list(store)) {
      biggest =
          files
              .filter(p -> !p.getFileName().toString().startsWith("segments"))
              .filter(p -> !p.getFileName().toString().equals("write.lock"))
              .max(Comparator.comparingLong(p -> p.toFile().length()))
              .orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
      long middle = f.length() / 2;
      f.seek(middle);
      int b = f.read();
      f.seek(middle);
      f.write(b ^ 0xFF);
    }
  }

  @Test
  void aSyncRefusesAStoreWithABadChecksum() throws IOException {
    writeStore();
    flipAByteInTheBiggestFile();
    assertThatThrownBy(() -> LibraryIndex.open(store).close())
        .isInstanceOf(LibraryException.class)
        .hasMessage("the library at " + store + " is damaged: remove it and run `gong sync`");
  }

  @Test
  void aStoreWithAMissingFileIsDamagedForSyncAndSearch() throws IOException {
    writeStore();
    try (Stream<Path> files = Files.list(store)) {
      Path si = files.filter(p -> p.toString().endsWith(".si")).findFirst().orElseThrow();
      Files.delete(si);
    }
    assertThatThrownBy(() -> LibraryIndex.open(store).close())
        .isInstanceOf(LibraryException.class)
        .hasMessageContaining("is damaged: remove it and run `gong sync`");
    assertThatThrownBy(() -> LibrarySearcher.open(store).close())
        .isInstanceOf(LibraryException.class)
        .hasMessageContaining("is damaged: remove it and run `gong sync`")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void anIntactStoreOpens() throws IOException {
    writeStore();
    LibraryIndex.open(store).close();
  }
}
