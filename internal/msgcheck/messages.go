package msgcheck

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"

	"github.com/tidwall/gjson"
)

// imageTypes are the media types the API accepts for base64 images.
var imageTypes = [...]string{"image/jpeg", "image/png", "image/gif", "image/webp"}

func (c *checker) checkMessages(msgs gjson.Result) {
	if !msgs.Exists() {
		c.add("$.messages", "messages_missing", Error, "messages is required")
		return
	}
	if !msgs.IsArray() {
		c.add("$.messages", "messages_invalid", Error, "messages must be an array")
		return
	}
	list := msgs.Array()
	if len(list) == 0 {
		c.add("$.messages", "messages_empty", Error, "messages must contain at least one message")
		return
	}
	// pending holds the tool_use ids of the previous assistant message that
	// still need a tool_result in the next user message.
	var pending []toolUse
	for i, m := range list {
		p := index("$.messages", i)
		role := m.Get("role").String()
		switch role {
		case "user", "assistant":
		case "":
			c.add(p+".role", "role_missing", Error, "every message needs a role: \"user\" or \"assistant\"")
		default:
			msg := fmt.Sprintf("role %q is not allowed; use \"user\" or \"assistant\"", role)
			if role == "system" {
				msg += " (put system text in the top-level system field)"
			}
			c.add(p+".role", "role_invalid", Error, msg)
		}
		results := c.checkContent(m.Get("content"), p+".content", role, i == len(list)-1)
		// tool_use ↔ tool_result pairing.
		if len(pending) > 0 {
			for _, tu := range pending {
				if !containsID(results, tu.id) {
					c.add(tu.path, "tool_use_without_result", Error, fmt.Sprintf(
						"tool_use %s has no tool_result in the next user message (%s); every tool_use needs a matching tool_result right after it", tu.id, p))
				}
			}
		}
		if role == "user" {
			for _, r := range results {
				if !containsID(pending, r.id) {
					c.add(r.path, "tool_result_without_use", Error, fmt.Sprintf(
						"tool_result for %s does not answer a tool_use in the previous assistant message", r.id))
				}
			}
		}
		pending = nil
		if role == "assistant" {
			pending = toolUses(m.Get("content"), p+".content")
			if i == len(list)-1 && len(pending) > 0 {
				// A final assistant tool_use is a prefill; nothing answers it yet.
				pending = nil
			}
		}
	}
}

type toolUse struct{ id, path string }

func containsID(list []toolUse, id string) bool {
	for _, t := range list {
		if t.id == id {
			return true
		}
	}
	return false
}

func toolUses(content gjson.Result, path string) []toolUse {
	if !content.IsArray() {
		return nil
	}
	var out []toolUse
	for j, b := range content.Array() {
		if b.Get("type").String() == "tool_use" {
			out = append(out, toolUse{id: b.Get("id").String(), path: index(path, j)})
		}
	}
	return out
}

// checkContent checks one message's content and returns the tool_use ids its
// tool_result blocks answer, in order.
func (c *checker) checkContent(content gjson.Result, path, role string, last bool) []toolUse {
	switch {
	case !content.Exists():
		c.add(path, "content_missing", Error, "every message needs content")
		return nil
	case content.Type == gjson.String:
		if content.String() == "" {
			c.add(path, "empty_content", Error, "message content must be non-empty")
		} else if last && role == "assistant" && strings.TrimRight(content.String(), " \t\r\n") != content.String() {
			c.add(path, "trailing_whitespace", Error, "the final assistant message (a prefill) cannot end with whitespace")
		}
		return nil
	case !content.IsArray():
		c.add(path, "content_invalid", Error, "content must be a string or an array of content blocks")
		return nil
	}
	blocks := content.Array()
	if len(blocks) == 0 {
		c.add(path, "empty_content", Error, "content must contain at least one block")
		return nil
	}
	var results []toolUse
	for j, b := range blocks {
		bp := index(path, j)
		typ := b.Get("type").String()
		switch typ {
		case "text":
			t := b.Get("text").String()
			if t == "" {
				c.add(bp+".text", "empty_text", Error, "text blocks must be non-empty")
			} else if last && role == "assistant" && j == len(blocks)-1 && strings.TrimRight(t, " \t\r\n") != t {
				c.add(bp+".text", "trailing_whitespace", Error, "the final assistant message (a prefill) cannot end with whitespace")
			}
		case "image":
			c.checkImage(b.Get("source"), bp+".source")
		case "tool_use":
			if role != "assistant" {
				c.add(bp, "tool_use_in_user_message", Error, "tool_use blocks belong in assistant messages")
			}
			if b.Get("id").String() == "" {
				c.add(bp+".id", "tool_use_id_missing", Error, "tool_use blocks need an id")
			}
		case "tool_result":
			if role != "user" {
				c.add(bp, "tool_result_in_assistant_message", Error, "tool_result blocks belong in user messages")
			}
			id := b.Get("tool_use_id").String()
			if id == "" {
				c.add(bp+".tool_use_id", "tool_result_id_missing", Error, "tool_result blocks need the tool_use_id they answer")
			} else {
				results = append(results, toolUse{id: id, path: bp})
			}
			if inner := b.Get("content"); inner.IsArray() {
				for k, ib := range inner.Array() {
					if ib.Get("type").String() == "image" {
						c.checkImage(ib.Get("source"), index(bp+".content", k)+".source")
					}
				}
			}
		case "":
			c.add(bp+".type", "block_type_missing", Error, "every content block needs a type")
		}
	}
	return results
}

func (c *checker) checkImage(src gjson.Result, path string) {
	if src.Get("type").String() != "base64" {
		return // url and file sources are fetched by the API
	}
	mt := src.Get("media_type").String()
	known := false
	for _, t := range imageTypes {
		known = known || mt == t
	}
	if !known {
		c.add(path+".media_type", "image_media_type_invalid", Error, fmt.Sprintf(
			"media_type %q is not accepted; use one of %s", mt, strings.Join(imageTypes[:], ", ")))
	}
	data := src.Get("data").String()
	if len(data) > MaxImageBytes {
		c.add(path+".data", "image_too_large", Error, fmt.Sprintf(
			"the image is %d bytes of base64, over the API's 5 MB limit (%d bytes); resize or compress it", len(data), MaxImageBytes))
	}
	raw, err := base64.StdEncoding.DecodeString(data)
	if err != nil || len(raw) == 0 {
		why := "it is empty"
		if err != nil {
			why = err.Error()
		}
		if strings.HasPrefix(data, "data:") {
			why = "it starts with a data: URL prefix; send only the base64 part"
		}
		c.add(path+".data", "image_base64_invalid", Error, "the image data is not valid base64: "+why)
		return
	}
	sniffed := http.DetectContentType(raw)
	if known && sniffed != mt {
		what := sniffed
		if !strings.HasPrefix(sniffed, "image/") {
			what = "not an image (" + sniffed + ")"
		}
		c.add(path+".media_type", "image_media_type_mismatch", Error, fmt.Sprintf(
			"media_type says %s but the bytes are %s", mt, what))
	}
}
