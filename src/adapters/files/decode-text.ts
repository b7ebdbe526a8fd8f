import { UserError } from "./user-error";

/** Text encodings a CSV file may be read in. */
export type TextEncoding = "utf-8" | "cp949";

const ENCODING_ALIASES: Record<string, TextEncoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  cp949: "cp949",
  "euc-kr": "cp949",
  euckr: "cp949",
  ms949: "cp949",
  uhc: "cp949",
  "windows-949": "cp949",
};

/** Reads an `--encoding` value; rejects anything but UTF-8 and CP949 and their usual aliases. */
export function parseEncoding(name: string): TextEncoding {
  const encoding = ENCODING_ALIASES[name.trim().toLowerCase()];
  if (!encoding) throw new UserError("cli.unknownEncoding", { encoding: name });
  return encoding;
}

/**
 * Decodes a file's bytes. Without an encoding, valid UTF-8 (with or without a byte-order
 * mark) wins, then CP949, the encoding Korean Excel saves CSV files in. The WHATWG
 * `euc-kr` decoder reads CP949's extended Hangul too.
 */
export function decodeText(bytes: Uint8Array, file: string, encoding?: TextEncoding): string {
  if (encoding) {
    const decoded = tryDecode(bytes, encoding);
    if (decoded === null) throw new UserError("cli.notInEncoding", { file, encoding });
    return decoded;
  }
  const text = tryDecode(bytes, "utf-8") ?? tryDecode(bytes, "cp949");
  if (text === null) throw new UserError("cli.invalidEncoding", { file });
  return text;
}

function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  // NOTE: Node's ICU decoder for euc-kr passes 0x80 and a lone 0x81–0xFE lead before an
  // ASCII byte through as control characters, so only some invalid CP949 input is rejected.
  const decoder = new TextDecoder(encoding === "utf-8" ? "utf-8" : "euc-kr", { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}
