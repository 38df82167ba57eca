package io.hichat.connector.session;

import io.hichat.model.ws.Frame;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of a connection's recent request frames and their outcomes, so a repeated id is answered
 * again rather than processed twice. Bounded: the oldest completed ids are forgotten past {@link
 * #CAPACITY}, and at most {@link #MAX_IN_FLIGHT} requests may be in flight at once. Used on the
 * connection's event loop only.
 */
public final class RecentFrames {

  public static final int CAPACITY = 1024;
  public static final int MAX_IN_FLIGHT = 128;

  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
  private int inFlight;

  /** What to do with a request frame. */
  public enum Admission {
    /** New: process it, then call {@link #complete}. */
    PROCESS,
    /** Its id is in flight: it gets the first one's outcome when that completes. */
    JOINED,
    /** Its id completed before: answer with {@link #outcome}. */
    REPEAT,
    /** Too many in flight: refuse it. */
    BUSY
  }

  public Admission admit(String id, boolean answered) {
    Entry entry = entries.get(id);
    if (entry != null) {
      if (entry.outcome != null) {
        return Admission.REPEAT;
      }
      if (entry.waiting == null) {
        entry.waiting = new ArrayList<>(2);
      }
      entry.waiting.add(answered);
      return Admission.JOINED;
    }
    if (inFlight >= MAX_IN_FLIGHT) {
      return Admission.BUSY;
    }
    inFlight++;
    entries.put(id, new Entry());
    trim();
    return Admission.PROCESS;
  }

  public Frame outcome(String id) {
    Entry entry = entries.get(id);
    return entry == null ? null : entry.outcome;
  }

  /**
   * Records the outcome of an id that was processed; returns the modes ({@code answered} or not) of
   * the duplicates that joined it, in arrival order.
   *
   * @param remember keep the outcome for later repeats; otherwise the id is forgotten
   */
  public List<Boolean> complete(String id, Frame outcome, boolean remember) {
    Entry entry = entries.get(id);
    if (entry == null || entry.outcome != null) {
      return List.of();
    }
    inFlight--;
    List<Boolean> waiting = entry.waiting == null ? List.of() : entry.waiting;
    entry.waiting = null;
    if (remember) {
      entry.outcome = outcome;
    } else {
      entries.remove(id);
    }
    return waiting;
  }

  public int size() {
    return entries.size();
  }

  /** Forgets the oldest completed ids past the capacity (ids in flight are kept). */
  private void trim() {
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (entries.size() > CAPACITY && it.hasNext()) {
      if (it.next().getValue().outcome != null) {
        it.remove();
      }
    }
  }

  private static final class Entry {
    Frame outcome;
    List<Boolean> waiting;
  }
}
