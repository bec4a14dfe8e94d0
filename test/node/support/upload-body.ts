/** The JSON body of an attachment upload (PJ-1) of a small PDF-looking file, as the client sends it. */
export function pdfUploadBody(
  name = 'plan.pdf',
  size = 2048,
): { nomFichier: string; pieceJointeDesignation: string; pieceJointeTypeCode: 'JUSTIFICATIF'; contenu: string } {
  const bytes = Buffer.alloc(size);
  bytes.write('%PDF-1.7\n1 0 obj\n', 'latin1');
  return {
    nomFichier: name,
    pieceJointeDesignation: `Pièce ${name}`,
    pieceJointeTypeCode: 'JUSTIFICATIF',
    contenu: bytes.toString('base64'),
  };
}
