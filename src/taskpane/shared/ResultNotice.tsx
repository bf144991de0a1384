import { useEffect, useRef } from "react";
import { NoticeBar, type NoticeBarProps } from "./NoticeBar";

/**
 * A job's result, given the focus when it arrives: the button that started the job is no longer the news,
 * and a keyboard or screen-reader user lands on what happened.
 */
export function ResultNotice(props: NoticeBarProps) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.notice) region.current?.focus();
  }, [props.notice]);
  return (
    <div ref={region} tabIndex={-1}>
      <NoticeBar {...props} />
    </div>
  );
}
