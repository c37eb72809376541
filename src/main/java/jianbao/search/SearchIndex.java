package jianbao.search;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * An index as it was written: its documents, the size its shards were cut to, the first key of each
 * shard, and the checksum of every compressed file. Serve keeps it from one rebuild to the next, so
 * that {@link SearchIndexWriter#update} rewrites only the files a change of a few documents touches.
 */
public final class SearchIndex {

    private final List<SearchDocument> documents;
    private final int shardBytes;
    private final int packSize;
    private final List<Shards.Start> termShards;
    private final List<Shards.Start> charShards;
    private final SortedMap<String, long[]> checksums;

    SearchIndex(List<SearchDocument> documents, int shardBytes, int packSize, List<Shards.Start> termShards, List<Shards.Start> charShards,
                SortedMap<String, long[]> checksums) {
        this.documents = List.copyOf(documents);
        this.shardBytes = shardBytes;
        this.packSize = packSize;
        this.termShards = List.copyOf(termShards);
        this.charShards = List.copyOf(charShards);
        this.checksums = checksums;
    }

    /** Every file of the index, by its path under the site root. */
    public Set<String> files() {
        Set<String> files = new TreeSet<>(checksums.keySet());
        files.add(SearchIndexWriter.MANIFEST);
        return files;
    }

    List<SearchDocument> documents() {
        return documents;
    }

    int shardBytes() {
        return shardBytes;
    }

    int packSize() {
        return packSize;
    }

    List<Shards.Start> termShards() {
        return termShards;
    }

    List<Shards.Start> charShards() {
        return charShards;
    }

    SortedMap<String, long[]> checksums() {
        return checksums;
    }
}
