export { FileAttachments, type FileAttachmentsProps } from './FileAttachments'
