package org.forecourt.forms.ui.internal.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.forecourt.core.api.ValidationException;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.ui.FormRenderer;

/**
 * Attachments kept in memory (the designer's test filling): refuses what is not a JPEG or PNG image and what is too
 * large, like the real service.
 */
public final class MemoryAttachments implements FormRenderer.AttachmentHandler {

    private final Map<String, byte[]> store = new LinkedHashMap<>();

    @Override
    public String store(String path, String fileName, byte[] content) {
        if (content.length > SubmissionService.MAX_ATTACHMENT_BYTES) {
            throw ValidationException.of(path, "forms.attachment.tooLarge");
        }
        if (!isImage(content)) {
            throw ValidationException.of(path, "forms.attachment.notImage");
        }
        String id = "memory-" + UUID.randomUUID();
        store.put(id, content.clone());
        return id;
    }

    @Override
    public byte[] load(String attachmentId) {
        byte[] b = store.get(attachmentId);
        return b == null ? null : b.clone();
    }

    /** JPEG or PNG by their signatures. */
    static boolean isImage(byte[] b) {
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        return jpeg || png;
    }
}
