package org.newsum;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test or test class was skipped (an assumption that failed, e.g. ../shared is not beside the
 * repository, or a disabled condition), so that a run without the shared material says what it did not test.
 * Registered for every module's tests through {@code META-INF/services} in the core test jar.
 */
public final class SkipReasons implements TestExecutionListener {
  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private static void print(TestIdentifier test, String reason) {
    String where = test.getSource().map(source -> source instanceof MethodSource m
        ? m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName()
        : source instanceof ClassSource c ? c.getClassName() : source.toString()).orElse("");
    System.out.println("SKIPPED: " + where + " " + test.getDisplayName() + ": " + reason);
  }
}
