package app.zetpay.support.chat.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import app.zetpay.support.chat.internal.ChatImages;
import app.zetpay.support.identity.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Upload an image to a chat, then send a message with its {@code imageUrl}. */
@RestController
@RequestMapping("/api/chat/{chatId}/images")
@Tag(name = "Chat")
class ChatImageController {

	private final ChatImages images;

	ChatImageController(ChatImages images) {
		this.images = images;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a JPEG, PNG or GIF (decoded and written anew without EXIF, at most 5 MB)")
	ResponseEntity<ChatImages.Uploaded> upload(@PathVariable String chatId, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal Caller caller) throws IOException {
		var uploaded = images.upload(caller, chatId, file.getBytes());
		return ResponseEntity.created(URI.create(uploaded.imageUrl())).body(uploaded);
	}

	@GetMapping("/{imageId}")
	@Operation(summary = "An image of this chat, for its participants only")
	ResponseEntity<InputStreamResource> download(@PathVariable String chatId, @PathVariable String imageId,
			@AuthenticationPrincipal Caller caller) {
		var image = images.download(caller, chatId, imageId);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.contentLength(image.size())
				.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.body(new InputStreamResource(image.bytes()));
	}
}
