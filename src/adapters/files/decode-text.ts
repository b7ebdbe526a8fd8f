import iconv from "iconv-lite";
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
 * mark) wins, then CP949, the encoding Korean Excel saves CSV files in.
 */
export function decodeText(bytes: Uint8Array, file: string, encoding?: TextEncoding): string {
  if (encoding) {
    const decoded = encoding === "utf-8" ? decodeUtf8(bytes) : decodeCp949(bytes);
    if (decoded === null) throw new UserError("cli.notInEncoding", { file, encoding });
    return decoded;
  }
  const text = decodeUtf8(bytes) ?? decodeCp949(bytes);
  if (text === null) throw new UserError("cli.invalidEncoding", { file });
  return text;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

/**
 * Decodes CP949 with iconv-lite. Node 20's `TextDecoder("euc-kr")` reads only the 2,350
 * syllables of EUC-KR and turns CP949's other 8,822 (such as 똠, bytes 8C 63) into control
 * characters without an error. iconv-lite writes U+FFFD for an invalid sequence, and CP949
 * has no code for U+FFFD, so one in the result means the bytes are not CP949.
 */
function decodeCp949(bytes: Uint8Array): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "cp949");
  return text.includes("\ufffd") ? null : text;
}
