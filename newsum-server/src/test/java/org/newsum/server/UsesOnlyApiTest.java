package org.newsum.server;

import org.junit.jupiter.api.Test;
import org.newsum.architecture.ApiBoundary;

/** This front end is thin: it reaches newsum through its API, never its internals. */
class UsesOnlyApiTest {
  @Test
  void usesNoInternalClass() {
    ApiBoundary.assertFrontEndUsesOnlyApi(NewsumServer.class);
  }
}
