// The Lucene peer of bench/e2e.sh: indexes the passages export-passages wrote (the same passages our indexer
// made, with the facet values it extracted), then answers judged questions doing the work bench-retrieval times
// for us: the top 100 passages' article ids and exact counts over all matches for the person, company and month
// facets (Lucene's facet module, on sorted-set doc values). With --snippets it returns the top 10 instead, each
// with a highlighted snippet (Lucene's UnifiedHighlighter, on offsets stored in the postings as its documentation
// advises), as bench-retrieval --snippets and our searcher do; with --snippets-too it measures both, one after the
// other on the same index, which is built once.
//
//   java -cp LUCENE_JARS:CLASSES LucenePeer --analyzer nori|cjk --passages P.tsv --index DIR
//        --queries Q.jsonl [--first N] [--snippets | --snippets-too]
//
// Prints two lines, as the other peers do (a third with --snippets-too, labelled lucene-nori-snippets):
//   lucene-nori <TAB> indexed N passages in S s
//   lucene-nori <TAB> queries N <TAB> MRR@10 x <TAB> R@10 x <TAB> p50 x ms <TAB> p95 x ms <TAB> p99 x ms <TAB> q queries/s
// Queries run on one thread, timed after one untimed pass over the same questions in the same JVM: its code is
// compiled by then and the index is in the page cache, as for every engine of the run.

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

public final class LucenePeer {
    static final String[] DIMENSIONS = {"person", "company", "month"};

    // Stored text with positions, and offsets in the postings: what Lucene's UnifiedHighlighter reads fastest.
    static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    record JudgedQuery(String query, Set<String> positives) {}

    public static void main(String[] args) throws Exception {
        String analyzerName = "nori", passages = null, index = null, queries = null;
        int first = Integer.MAX_VALUE;
        boolean ids = true, snippets = false;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--snippets") || args[i].equals("--snippets-too")) {
                ids = args[i].equals("--snippets-too");
                snippets = true;
                i--;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--analyzer" -> analyzerName = args[i + 1];
                case "--passages" -> passages = args[i + 1];
                case "--index" -> index = args[i + 1];
                case "--queries" -> queries = args[i + 1];
                case "--first" -> first = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (passages == null || index == null || queries == null) {
            System.err.println("usage: LucenePeer --analyzer nori|cjk --passages P.tsv --index DIR --queries Q.jsonl"
                    + " [--first N] [--snippets | --snippets-too]");
            System.exit(2);
        }
        final Analyzer analyzer = analyzerName.equals("cjk") ? new CJKAnalyzer() : new KoreanAnalyzer();
        final String label = "lucene-" + analyzerName;
        final FacetsConfig config = new FacetsConfig();
        for (String dimension : DIMENSIONS) {
            config.setMultiValued(dimension, true);
        }
        try (Directory directory = FSDirectory.open(Paths.get(index))) {
            long start = System.nanoTime();
            int count = index(Paths.get(passages), directory, analyzer, config);
            System.out.printf("%s\tindexed %d passages in %.2f s%n", label + (ids ? "" : "-snippets"), count,
                    (System.nanoTime() - start) / 1e9);
            List<JudgedQuery> judged = readQueries(Paths.get(queries), first);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                if (ids) {
                    measure(new Searcher(reader, analyzer, false), judged, label);
                }
                if (snippets) {
                    measure(new Searcher(reader, analyzer, true), judged, label + "-snippets");
                }
            }
        }
    }

    // Answers every question once untimed, then again timed, and prints the line bench/e2e.sh reads.
    static void measure(Searcher searcher, List<JudgedQuery> judged, String label) throws IOException {
        for (JudgedQuery q : judged) {
            searcher.answer(q.query());  // the untimed pass
        }
        double[] latencies = new double[judged.size()];
        double reciprocalRanks = 0, recall = 0, total = 0;
        for (int i = 0; i < judged.size(); i++) {
            long t = System.nanoTime();
            List<String> ranked = searcher.answer(judged.get(i).query());
            latencies[i] = (System.nanoTime() - t) / 1e6;
            total += latencies[i];
            double[] scores = score(ranked, judged.get(i).positives());
            reciprocalRanks += scores[0];
            recall += scores[1];
        }
        Arrays.sort(latencies);
        int n = judged.size();
        System.out.printf("%s\tqueries %d\tMRR@10 %.4f\tR@10 %.4f\tp50 %.3f ms\tp95 %.3f ms\tp99 %.3f ms\t%.0f queries/s%n",
                label, n, reciprocalRanks / n, recall / n, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), n / (total / 1000));
    }

    // One Lucene document per line of export-passages: the article id, the text (stored, with positions), and
    // the facet values.
    static int index(Path passages, Directory directory, Analyzer analyzer, FacetsConfig config) throws IOException {
        IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256);
        int count = 0;
        try (IndexWriter writer = new IndexWriter(directory, writerConfig);
             BufferedReader in = Files.newBufferedReader(passages, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] fields = line.split("\t", -1);
                Document doc = new Document();
                String id = unescape(fields[0]);
                doc.add(new StringField("doc", id, Field.Store.YES));
                doc.add(new SortedDocValuesField("doc", new BytesRef(id)));  // read per hit without stored fields
                doc.add(new Field("text", unescape(fields[1]), TEXT_WITH_OFFSETS));
                for (int d = 0; d < DIMENSIONS.length; d++) {
                    for (String value : fields[2 + d].split("\\|")) {
                        if (!value.isEmpty()) {
                            doc.add(new SortedSetDocValuesFacetField(DIMENSIONS[d], unescape(value)));
                        }
                    }
                }
                writer.addDocument(config.build(doc));
                count++;
            }
            writer.forceMerge(1);  // one segment, as our index is one database
            writer.commit();
        }
        return count;
    }

    // Answers a question, and returns the article ids of the top 100 (with snippets: of the top 10), best first.
    static final class Searcher {
        final IndexSearcher searcher;
        final SortedSetDocValuesReaderState facetState;
        final QueryParser parser;
        final UnifiedHighlighter highlighter;  // null: no snippets

        Searcher(DirectoryReader reader, Analyzer analyzer, boolean snippets) throws IOException {
            searcher = new IndexSearcher(reader);
            facetState = new DefaultSortedSetDocValuesReaderState(reader);
            parser = new QueryParser("text", analyzer);
            highlighter = snippets ? new UnifiedHighlighter(searcher, analyzer) : null;
        }

        List<String> answer(String question) throws IOException {
            Query query;
            try {
                query = parser.parse(QueryParser.escape(question));
            } catch (ParseException e) {
                return List.of();  // nothing searchable in it
            }
            FacetsCollector collector = new FacetsCollector();
            TopDocs top = FacetsCollector.search(searcher, query, highlighter != null ? 10 : 100, collector);
            Facets facets = new SortedSetDocValuesFacetCounts(facetState, collector);
            for (String dimension : DIMENSIONS) {
                if (facetState.getPrefixToOrdRange().containsKey(dimension)) {
                    facets.getTopChildren(10, dimension);
                }
            }
            if (highlighter != null) {
                highlighter.highlight("text", query, top);
            }
            return articleIds(top);
        }

        // The article ids of the hits, from doc values, as ours reads them from a value slot.
        List<String> articleIds(TopDocs top) throws IOException {
            List<String> ids = new ArrayList<>();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc hit : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                SortedDocValues values = DocValues.getSorted(leaf.reader(), "doc");
                values.advanceExact(hit.doc - leaf.docBase);
                ids.add(values.binaryValue().utf8ToString());
            }
            return ids;
        }
    }

    // Reciprocal rank of the first judged article in the top 10, and the share of judged articles found there,
    // each article counted once at its best rank (as bench-retrieval scores).
    static double[] score(List<String> ranked, Set<String> positives) {
        Set<String> found = new HashSet<>();
        double reciprocal = 0;
        for (int i = 0; i < ranked.size() && i < 10; i++) {
            String doc = ranked.get(i);
            if (positives.contains(doc) && found.add(doc) && reciprocal == 0) {
                reciprocal = 1.0 / (i + 1);
            }
        }
        return new double[] {reciprocal, positives.isEmpty() ? 0 : (double) found.size() / positives.size()};
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // The questions of a judged .jsonl file: its "query" and "positive_ids" fields.
    static List<JudgedQuery> readQueries(Path path, int first) throws IOException {
        List<JudgedQuery> out = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (out.size() >= first) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            Json json = new Json(line);
            String query = json.stringAfter("\"query\"");
            Set<String> positives = new HashSet<>(json.stringsAfter("\"positive_ids\""));
            out.add(new JudgedQuery(query, positives));
        }
        return out;
    }

    // Just enough JSON for the judged files: strings (with their escapes) and arrays of strings after a key.
    static final class Json {
        final String text;
        int at;

        Json(String text) {
            this.text = text;
        }

        String stringAfter(String key) {
            at = text.indexOf(':', text.indexOf(key) + key.length()) + 1;
            return string();
        }

        List<String> stringsAfter(String key) {
            List<String> values = new ArrayList<>();
            at = text.indexOf('[', text.indexOf(key) + key.length()) + 1;
            while (true) {
                while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ',')) {
                    at++;
                }
                if (at >= text.length() || text.charAt(at) == ']') {
                    return values;
                }
                values.add(string());
            }
        }

        String string() {
            at = text.indexOf('"', at) + 1;
            StringBuilder out = new StringBuilder();
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
            at++;
            return out.toString();
        }
    }
}
