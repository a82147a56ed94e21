package dev.gongconnector.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The end of a {@code gong} process: lets the JDK HTTP client's selector threads end, then exits.
 *
 * <p>Why: on exit, JDK 17's VM waits up to 300 ms for every thread running native code to block
 * ({@code VM_Exit::wait_for_threads_in_native_to_block}), and a {@link java.net.http.HttpClient}'s
 * "HttpClient-N-SelectorManager" thread sits in {@code epoll_wait}, which is native. That was a
 * third of a second at the end of every command that sent a request. JDK 17's client has no {@code
 * close()} (it came in Java 21); an interrupt wakes the selector and its loop ends, which is all
 * {@code close()} would do here. Only at exit: the command is done, and no request is in flight.
 */
public final class ProcessExit {

  /** The name the JDK gives a client's selector thread: {@code HttpClient-<id>-SelectorManager}. */
  private static final String PREFIX = "HttpClient-";

  private static final String SUFFIX = "-SelectorManager";

  /** How long to wait for each selector thread after its interrupt. */
  private static final long JOIN_MILLIS = 100;

  private ProcessExit() {}

  /** Ends the HTTP selector threads ({@link #endHttpSelectors()}), then {@link System#exit}. */
  public static void exit(int code) {
    endHttpSelectors();
    System.exit(code);
  }

  /**
   * Interrupts the JDK HTTP clients' selector threads and waits a little for each to end; returns
   * how many there were. Every client in the process is unusable afterwards: call it only when the
   * process is about to end.
   */
  public static int endHttpSelectors() {
    List<Thread> selectors = httpSelectors();
    for (Thread t : selectors) t.interrupt();
    boolean interrupted = false;
    for (Thread t : selectors) {
      try {
        t.join(JOIN_MILLIS);
      } catch (InterruptedException e) {
        interrupted = true; // exiting anyway: wait no more, keep the status
        break;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    return selectors.size();
  }

  /** The live selector threads of JDK HTTP clients, found by name in the root thread group. */
  static List<Thread> httpSelectors() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) root = root.getParent();
    Thread[] threads = new Thread[root.activeCount() + 8];
    int n = root.enumerate(threads, true);
    while (n == threads.length) { // more threads than room: try again with more
      threads = new Thread[threads.length * 2];
      n = root.enumerate(threads, true);
    }
    List<Thread> selectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = threads[i].getName();
      if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && threads[i].isAlive()) {
        selectors.add(threads[i]);
      }
    }
    return selectors;
  }
}
